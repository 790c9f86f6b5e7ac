/* The documents step: ties each slot's file input to the slot's message (aria-describedby), names
   the cancel button of a running upload, and,
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

  /* PrimeFaces draws a cancel button for each running upload whose only text is "ui-button": give
     it the page's words (the form's data-cancel-label), so it is a named, readable control. */
  function nameCancelButtons(root) {
    var form = document.getElementById('documents');
    var label = form && form.getAttribute('data-cancel-label');
    if (!label || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('.doc-slot .ui-fileupload-cancel').forEach(function (button) {
      button.setAttribute('type', 'button');
      button.setAttribute('aria-label', label);
      var text = button.querySelector('.ui-button-text');
      if (text) {
        text.textContent = label;
      }
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

  if (window.MutationObserver) {
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            nameCancelButtons(node.parentNode || node);
          }
        });
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
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
