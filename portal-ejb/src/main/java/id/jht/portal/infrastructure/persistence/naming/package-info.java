/**
 * The schema's naming convention, told to the JPA provider once: a column is the snake_case of its
 * field's name ({@code fullName} is {@code full_name}). JPA has no naming-strategy API, so this is
 * EclipseLink's own extension point, a {@code SessionCustomizer} registered in {@code
 * persistence.xml}; without it every entity would repeat {@code @Column(name = "...")} for each
 * field. A field whose column does not follow the convention keeps its explicit {@code @Column}.
 */
package id.jht.portal.infrastructure.persistence.naming;
