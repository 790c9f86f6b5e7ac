package id.jht.portal.domain.model.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * An entity whose id the database assigns on insert (an {@code AUTO_INCREMENT} / identity column
 * named {@code id}, as every table of the schema has). The id is {@code null} until the entity is
 * persisted and flushed. Serializable because some entities are (a branch travels in the session);
 * a superclass that were not would lose the id on deserialization.
 */
@MappedSuperclass
public abstract class GeneratedIdEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  public Long getId() {
    return id;
  }

  /**
   * Sets the id of a copy built outside the persistence context (a detached read model, such as a
   * branch read over JDBC); never call it on an entity that is or will be managed.
   */
  protected final void detachedWithId(Long id) {
    this.id = id;
  }
}
