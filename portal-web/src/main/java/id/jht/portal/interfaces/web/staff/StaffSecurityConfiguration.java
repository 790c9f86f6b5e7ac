package id.jht.portal.interfaces.web.staff;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Staff sign in with a Faces login form through {@link StaffAuthenticationMechanism}; participants
 * never sign in, they identify per claim. Protected paths are declared in web.xml.
 */
@DeclareRoles({"OFFICER", "SUPERVISOR", "ADMINISTRATOR"})
@ApplicationScoped
public class StaffSecurityConfiguration {}
