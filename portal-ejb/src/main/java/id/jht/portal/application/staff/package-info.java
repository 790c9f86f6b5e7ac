/** Use case: staff sign in and out; the identity of a signed-in staff member. */
package id.jht.portal.application.staff;
