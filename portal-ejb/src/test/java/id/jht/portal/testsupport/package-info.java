/** Helpers shared by the unit tests (bundle checks). */
package id.jht.portal.testsupport;
