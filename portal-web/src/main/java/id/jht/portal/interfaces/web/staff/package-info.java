/** Staff sign-in (Jakarta Security), the signed-in staff member, sign-out. */
package id.jht.portal.interfaces.web.staff;
