/* PrimeFaces' advanced file upload renders its "choose" control as a <span aria-labelledby=...>
   without a role, which ARIA does not allow (screen readers ignore the label). The span wraps the
   file input itself, so it is a labelled group, not a control: on load and after every ajax update. */
(function () {
  function fix() {
    document.querySelectorAll('.ui-fileupload span[aria-labelledby]:not([role])').forEach(function (el) {
      el.setAttribute('role', 'group');
    });
  }
  document.addEventListener('DOMContentLoaded', fix);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', fix);
  }
  fix();
})();
