package id.jht.portal.domain.model.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that several requests or nodes may change at once: the {@code version} column makes a
 * lost update fail with an optimistic-lock error instead of silently overwriting the other change.
 */
@MappedSuperclass
public abstract class VersionedEntity extends GeneratedIdEntity {

  private static final long serialVersionUID = 1L;

  @Version private int version;
}
