package id.jht.portal.interfaces.web.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link FriendlyExceptionHandler} (faces-config.xml) in front of Mojarra's own. */
public class FriendlyExceptionHandlerFactory extends ExceptionHandlerFactory {

  public FriendlyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new FriendlyExceptionHandler(getWrapped().getExceptionHandler());
  }
}
