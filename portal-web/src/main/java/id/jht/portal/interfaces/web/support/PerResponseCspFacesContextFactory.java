package id.jht.portal.interfaces.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.lifecycle.Lifecycle;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.context.PrimeFacesContextFactory;
import org.primefaces.csp.CspState;

/**
 * Gives every request a {@link PerResponseCspState} before PrimeFaces' context reads its CSP state:
 * PrimeFaces looks the state up among the Faces context's attributes and makes its own only when
 * none is there, and it does so while its context is being built. So this factory, registered in
 * faces-config.xml and therefore wrapping PrimeFaces' factory, builds the context the way
 * PrimeFaces' factory does, with the state put in first.
 */
public class PerResponseCspFacesContextFactory extends FacesContextFactory {

  public PerResponseCspFacesContextFactory(FacesContextFactory wrapped) {
    super(wrapped);
    if (!(wrapped instanceof PrimeFacesContextFactory)) {
      // Another factory in between would build PrimeFaces' context before the state is in place.
      throw new IllegalStateException(
          "PrimeFaces' context factory expected inside, found " + wrapped.getClass().getName());
    }
  }

  @Override
  public FacesContext getFacesContext(
      Object context, Object request, Object response, Lifecycle lifecycle) throws FacesException {
    FacesContext faces =
        getWrapped().getWrapped().getFacesContext(context, request, response, lifecycle);
    faces.getAttributes().put(CspState.class.getName(), new PerResponseCspState(faces));
    return new PrimeFacesContext(faces);
  }
}
