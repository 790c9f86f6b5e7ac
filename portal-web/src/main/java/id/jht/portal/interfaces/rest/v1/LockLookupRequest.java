package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.interfaces.form.IdentifierForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to look up. In the body, never in the URL. */
@Schema(
    name = "LockLookupRequest",
    description =
        "Who to look up. kpj, when given: only claims on this membership card count. fullName:"
            + " checked (at least 75 % similar) against names other channels registered.",
    requiredProperties = {"nik"})
public class LockLookupRequest extends IdentifierForm {}
