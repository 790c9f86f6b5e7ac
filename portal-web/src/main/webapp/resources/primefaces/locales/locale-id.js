/* Bahasa Indonesia for PrimeFaces' client-side widgets (date pickers, uploads, paginators).
   PrimeFaces ships no Indonesian locale; the portal's default language is Indonesian. */
if (window.PrimeFaces) {
  PrimeFaces.locales["id"] = {
    closeText: "Tutup",
    prevText: "Sebelumnya",
    nextText: "Berikutnya",
    monthNames: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember"],
    monthNamesShort: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    dayNames: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    dayNamesShort: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
    dayNamesMin: ["Mg", "Sn", "Sl", "Rb", "Km", "Jm", "Sb"],
    weekHeader: "Mg",
    firstDay: 1,
    isRTL: false,
    showMonthAfterYear: false,
    yearSuffix: "",
    timeOnlyTitle: "Pilih waktu",
    timeText: "Waktu",
    hourText: "Jam",
    minuteText: "Menit",
    secondText: "Detik",
    currentText: "Hari ini",
    ampm: false,
    month: "Bulan",
    week: "Minggu",
    day: "Hari",
    allDayText: "Sepanjang hari",
    today: "Hari ini",
    clear: "Hapus",
    choose: "Pilih berkas",
    upload: "Unggah",
    cancel: "Batal",
    emptyMessage: "Tidak ada data",
    emptyFilterMessage: "Tidak ada hasil",
    aria: {}
  };
}
