package id.jht.portal.interfaces.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code PORTAL_TRUSTED_PROXIES}, read once; a wrong entry stops the start-up, naming it. */
@ApplicationScoped
public class ProxySettings {

  private static final Logger LOG = Logger.getLogger(ProxySettings.class.getName());

  @Inject
  @ConfigProperty(name = "portal.trusted-proxies")
  Optional<String> list;

  private TrustedProxies trusted;

  @PostConstruct
  void init() {
    trusted = list.map(TrustedProxies::parse).orElse(TrustedProxies.none());
    if (!trusted.isEmpty()) {
      LOG.info("X-Forwarded-For is believed from the trusted proxies " + list.get());
    }
  }

  public TrustedProxies trusted() {
    return trusted;
  }
}
