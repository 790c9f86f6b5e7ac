package id.jht.portal.infrastructure.persistence.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.admin.AdminH2;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.contact.Bank;
import id.jht.portal.domain.model.contact.BankAccount;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.Membership;
import id.jht.portal.domain.model.participant.Nik;
import id.jht.portal.domain.model.participant.Participant;
import id.jht.portal.domain.model.participant.PersonName;
import id.jht.portal.infrastructure.persistence.claim.JpaClaims;
import id.jht.portal.testsupport.MigratedH2;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's persistence unit, booted in Java SE on the migrated embedded database: every entity
 * can be read (so every derived or named column exists), and the value-object converters read and
 * write the columns, also for a stored NIK, mobile number or account number that no longer
 * validates.
 */
class EntityMappingsOnH2Test {

  private String url;
  private Connection c;
  private EntityManagerFactory factory;

  @BeforeEach
  void database() throws Exception {
    url = MigratedH2.onFile("h2-mappings");
    c = MigratedH2.connect(url);
    AdminH2.execute(
        c,
        "INSERT INTO branch_office (id, code, name, address, city, province, time_zone,"
            + " latitude, longitude, active, version) VALUES (1, 'SDA', 'Sidoarjo', 'Jl',"
            + " 'Sidoarjo', 'Jawa Timur', 'Asia/Jakarta', 0, 0, TRUE, 1)");
    factory =
        Persistence.createEntityManagerFactory(
            "portal",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.weaving", "false"));
  }

  @AfterEach
  void close() throws Exception {
    factory.close();
    c.close();
  }

  @Test
  void everyEntityReadsWithItsColumns() {
    EntityManager em = factory.createEntityManager();
    int entities = 0;
    for (EntityType<?> type : em.getMetamodel().getEntities()) {
      em.createQuery("SELECT e FROM " + type.getName() + " e").getResultList();
      entities++;
    }
    em.close();
    assertEquals(16, entities);
  }

  @Test
  void valueObjectsAreReadAndWrittenThroughTheirConverters() throws Exception {
    String unknownProvince = "9915081403919001";
    participantWithMembership(unknownProvince, "NULL");

    EntityManager em = factory.createEntityManager();
    Participant read =
        em.createQuery("SELECT p FROM Participant p WHERE p.nik = :nik", Participant.class)
            .setParameter("nik", Nik.stored(unknownProvince))
            .getSingleResult();
    assertEquals(unknownProvince, read.getNik().value());
    assertEquals("Andika  Prasetyo", read.getFullName().value(), "read exactly as stored");
    assertEquals(null, read.getEmail());
    assertEquals(null, read.getPhone());
    assertEquals(2, read.getFailedAttempts(), "a derived column (failed_attempts)");
    Membership membership =
        em.createQuery("SELECT m FROM Membership m WHERE m.kpj = :kpj", Membership.class)
            .setParameter("kpj", Kpj.of("13051784206"))
            .getSingleResult();
    assertEquals(read.getId(), membership.getParticipant().getId());
    assertFalse(membership.isPartialOtherTaken());

    em.getTransaction().begin();
    read.correctIdentity("Andika Pratama", LocalDate.of(1991, 3, 15));
    em.getTransaction().commit();
    em.close();

    assertEquals(
        "Andika Pratama", AdminH2.single(c, "SELECT full_name FROM participant WHERE id = 7"));
    assertEquals(
        0L,
        ((Number) AdminH2.single(c, "SELECT failed_attempts FROM participant WHERE id = 7"))
            .longValue());
    assertTrue(
        ((Number) AdminH2.single(c, "SELECT version FROM participant WHERE id = 7")).intValue() > 1,
        "the inherited version column is written");
  }

  @Test
  void aClaimsPhoneAndBankAccountAreReadAndWrittenThroughTheirConverters() throws Exception {
    participantWithMembership("3515081403919001", "'6281234567890'");
    AdminH2.execute(
        c,
        "INSERT INTO claim (id, participant_id, membership_id, status, step_reached, phone,"
            + " bank_code, account_number, account_holder, declaration_accepted, created_at,"
            + " last_activity_at, abandon_count, version) VALUES (9, 7, 8, 'DRAFT', 4,"
            + " '+6281234567890', 'MANDIRI', '123456789', 'Andika  Prasetyo', FALSE,"
            + " TIMESTAMP '2026-12-04 03:00:00', TIMESTAMP '2026-12-04 03:00:00', 0, 1)");

    EntityManager em = factory.createEntityManager();
    Claim read = em.find(Claim.class, 9L);
    assertEquals(MobileNumber.of("0812 3456 7890"), read.getPhone());
    assertEquals(MobileNumber.of("081234567890"), read.getParticipant().getPhone());
    assertEquals(
        "6281234567890", read.getParticipant().getPhone().value(), "read exactly as stored");
    assertEquals(Bank.MANDIRI, read.getBankAccount().bank());
    assertEquals("123456789", read.getBankAccount().number(), "too short for Mandiri, yet read");
    assertEquals("Andika  Prasetyo", read.getAccountHolder().value());

    em.getTransaction().begin();
    read.recordContact(
        read.getEmail(),
        MobileNumber.of("0857-1234-5678"),
        BankAccount.of(Bank.BCA, "123.456.7890"),
        PersonName.of("Andika Prasetyo"),
        null);
    em.getTransaction().commit();
    em.close();

    assertEquals("+6285712345678", AdminH2.single(c, "SELECT phone FROM claim WHERE id = 9"));
    assertEquals("BCA", AdminH2.single(c, "SELECT bank_code FROM claim WHERE id = 9"));
    assertEquals("1234567890", AdminH2.single(c, "SELECT account_number FROM claim WHERE id = 9"));
    assertEquals(
        "Andika Prasetyo", AdminH2.single(c, "SELECT account_holder FROM claim WHERE id = 9"));
  }

  /** Participant 7 with the given NIK and phone (an SQL literal), and membership 8 of it. */
  private void participantWithMembership(String nik, String phoneLiteral) throws Exception {
    AdminH2.execute(
        c,
        "INSERT INTO participant (id, nik, full_name, birth_place, birth_date, gender,"
            + " mother_maiden_name, email, phone, home_branch_id, failed_attempts, version) VALUES"
            + " (7, '"
            + nik
            + "', 'Andika  Prasetyo', 'Sidoarjo', DATE '1991-03-14', 'M', 'Sulastri', NULL, "
            + phoneLiteral
            + ", 1, 2, 1)");
    AdminH2.execute(
        c,
        "INSERT INTO membership (id, participant_id, kpj, employer_name, membership_start,"
            + " status, balance, partial_other_taken, partial_housing_taken, version) VALUES"
            + " (8, 7, '13051784206', 'PT Contoh', DATE '2015-01-01', 'ACTIVE', 1000, FALSE,"
            + " FALSE, 1)");
  }

  @Test
  void aClaimIsReadWithItsParticipantMembershipAndBranchInOneQuery() throws Exception {
    AdminH2.execute(
        c,
        "INSERT INTO participant (id, nik, full_name, birth_place, birth_date, gender,"
            + " mother_maiden_name, home_branch_id, failed_attempts, version) VALUES (3,"
            + " '3515011501900001', 'Budi', 'Sidoarjo', DATE '1990-01-15', 'M', 'Siti', 1, 0, 1)");
    AdminH2.execute(
        c,
        "INSERT INTO membership (id, participant_id, kpj, employer_name, membership_start,"
            + " status, balance, partial_other_taken, partial_housing_taken, version) VALUES"
            + " (4, 3, '12345678901', 'PT', DATE '2015-01-01', 'ACTIVE', 1000, FALSE, FALSE, 1)");
    AdminH2.execute(
        c,
        "INSERT INTO claim (id, participant_id, membership_id, open_participant_id, status,"
            + " step_reached, branch_id, declaration_accepted, created_at, last_activity_at,"
            + " abandon_count, version) VALUES (10, 3, 4, 3, 'DRAFT', 5, 1, FALSE,"
            + " TIMESTAMP '2026-03-02 04:00:00', TIMESTAMP '2026-03-02 04:10:00', 0, 1),"
            + " (11, 3, 4, NULL, 'CANCELLED', 2, NULL, FALSE,"
            + " TIMESTAMP '2026-03-01 04:00:00', TIMESTAMP '2026-03-01 04:10:00', 0, 1)");
    EntityManager manager = factory.createEntityManager();
    JpaClaims claims =
        new JpaClaims() {
          {
            // The field of the repository (a plain "em" here would be that field).
            this.em = manager;
          }
        };

    Claim withBranch = claims.findWithParticipant(10L).orElseThrow();
    assertEquals(3L, withBranch.getParticipant().getId());
    assertEquals("12345678901", withBranch.getMembership().getKpj().value());
    assertEquals("SDA", withBranch.getBranch().getCode());
    assertEquals(null, claims.findWithParticipant(11L).orElseThrow().getBranch(), "outer join");
    assertTrue(claims.findWithParticipant(12L).isEmpty());
    assertTrue(claims.findWithParticipant(null).isEmpty());
    manager.close();
  }
}
