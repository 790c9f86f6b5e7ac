package id.jht.portal.infrastructure.demo;

import java.util.List;

/** The demo staff accounts; their passwords are published in the README and are demo-only. */
final class DemoStaff {

  private DemoStaff() {}

  static List<StaffSeed> accounts() {
    return List.of(
        new StaffSeed("petugas.sda", "Dewi Anggraini", StaffSeed.OFFICER, "SDA", "Petugas#2026"),
        new StaffSeed(
            "supervisor.sda", "Hari Purnomo", StaffSeed.SUPERVISOR, "SDA", "Supervisor#2026"),
        new StaffSeed("petugas.jkt", "Yusuf Ramdhani", StaffSeed.OFFICER, "JSL", "Petugas#2026"),
        new StaffSeed(
            "admin", "Maya Kartika Sari", StaffSeed.ADMINISTRATOR, null, "Admin#Portal2026"));
  }
}
