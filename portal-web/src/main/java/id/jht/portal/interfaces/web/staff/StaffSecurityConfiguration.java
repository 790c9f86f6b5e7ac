package id.jht.portal.interfaces.web.staff;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in with a Faces login form (Jakarta Security's custom form mechanism); participants
 * never sign in, they identify per claim. Protected paths are declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/signin.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"OFFICER", "SUPERVISOR", "ADMINISTRATOR"})
@ApplicationScoped
public class StaffSecurityConfiguration {}
