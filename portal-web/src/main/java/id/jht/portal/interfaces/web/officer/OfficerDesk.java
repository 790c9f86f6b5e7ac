package id.jht.portal.interfaces.web.officer;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The desk an officer works at, remembered for the sign-in session so it is typed once. */
@Named
@SessionScoped
public class OfficerDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.trim();
  }
}
