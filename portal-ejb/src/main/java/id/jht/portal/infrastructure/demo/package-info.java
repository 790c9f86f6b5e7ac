/**
 * Deterministic demo data for the JHT claim portal: branch offices, participants with their KPJ
 * memberships, staff accounts and the named demo cases. Plain Java with no JPA or CDI, so that a
 * seeder, a test or a command-line tool can all use it; nothing here is real personal data (e-mail
 * addresses are at example.com / example.co.id, identity numbers are generated). The long tables
 * (naming traditions, provinces and their regencies) are data files under {@code demo/} on the
 * class path, read once by small loaders ({@code DemoResource}); the rules that combine them stay
 * in Java.
 */
package id.jht.portal.infrastructure.demo;
