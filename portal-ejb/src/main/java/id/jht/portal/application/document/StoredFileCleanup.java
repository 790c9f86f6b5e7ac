package id.jht.portal.application.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes stored files once the fate of the transaction that made them stale is known: a file of a
 * transaction that did not commit ({@link UncommittedFile}, after a failure: a rollback or a failed
 * commit), a file no row points at after a commit ({@link ReleasedFile}, after success). A file
 * that cannot be removed is logged and stays: it holds no reference and harms no one.
 */
@ApplicationScoped
public class StoredFileCleanup {

  private static final Logger LOG = Logger.getLogger(StoredFileCleanup.class.getName());

  @Inject DocumentStorage store;

  void onUncommitted(@Observes(during = TransactionPhase.AFTER_FAILURE) UncommittedFile file) {
    delete(file.key(), "an uncommitted file");
  }

  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasedFile file) {
    delete(file.key(), "a replaced or removed file");
  }

  private void delete(String key, String what) {
    if (!store.isStorageKey(key)) {
      return;
    }
    try {
      store.delete(key);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete " + what + ", stored as " + key, e);
    }
  }
}
