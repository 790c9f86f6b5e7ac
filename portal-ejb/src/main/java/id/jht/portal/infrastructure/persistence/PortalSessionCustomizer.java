package id.jht.portal.infrastructure.persistence;

import id.jht.portal.infrastructure.persistence.naming.SnakeCaseColumns;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The portal's EclipseLink session: columns named by convention ({@link SnakeCaseColumns}), and a
 * read that failed for want of a connection retried once, not three times.
 *
 * <p>EclipseLink retries a read outside a transaction whose failure it judges a communication one,
 * by default three times and 5 s apart. That suits a connection broken by a database restart (the
 * next one works) but not a pool with no free connection: each attempt waits the pool's 10 s again,
 * so on an overloaded node a request answered after 50 s (NoDeadEndsIT measured it), holding its
 * thread and its participant that long while the node fell further behind. One retry, 1 s later,
 * still replaces a broken connection; an exhausted pool answers within about 21 s with the page to
 * retry from (bench/FINDINGS.md, "Overload").
 */
public class PortalSessionCustomizer implements SessionCustomizer {

  static final int READ_RETRIES = 1;
  static final int MILLIS_BEFORE_RETRY = 1000;

  @Override
  public void customize(Session session) throws Exception {
    new SnakeCaseColumns().customize(session);
    session.getLogin().setQueryRetryAttemptCount(READ_RETRIES);
    session.getLogin().setDelayBetweenConnectionAttempts(MILLIS_BEFORE_RETRY);
  }
}
