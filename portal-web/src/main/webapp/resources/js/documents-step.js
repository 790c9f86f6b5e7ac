/* The documents step: ties each slot's file input to the slot's message (aria-describedby) and,
   once the answer to an upload has been drawn, moves focus to that message instead of leaving it
   on the page body (the form is replaced by every ajax update, so the focused element is gone).
   The server names the element to focus in the form's data-focus attribute. */
(function () {
  function describeInputs() {
    document.querySelectorAll('.doc-slot[data-status-id]').forEach(function (slot) {
      var id = slot.getAttribute('data-status-id');
      slot.querySelectorAll('input[type=file]').forEach(function (input) {
        input.setAttribute('aria-describedby', id);
      });
    });
  }

  function focusAnswer() {
    var form = document.getElementById('documents');
    var target = form && form.getAttribute('data-focus');
    var element = target && document.getElementById(target);
    if (element) {
      element.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', describeInputs);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () {
      describeInputs();
      focusAnswer();
    });
  }
  describeInputs();
})();
