/* The documents step: ties each slot's file input to the slot's message (aria-describedby), names
   the cancel button of a running upload, shows its percentage (and "reconnecting" while a chunk is
   retried, a few times on a server error), answers an upload the server failed at its slot, and,
   once the answer to an upload has been drawn, moves focus to that message instead of leaving it
   on the page body (the form is replaced by every ajax update, so the focused element is gone).
   The server names the element to focus in the messages' data-focus attribute. The page keeps no
   state on the server: an answer draws only its own slot's message, so the summary of refused
   uploads is completed here from the messages the page shows. */
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

  /* A running upload's progress in words: the percentage of the file that has arrived (a resumed
     upload counts what arrived before the cut), or "reconnecting" while a chunk is retried. The bar
     PrimeFaces draws gets a name and a value text for screen readers. */
  function progressText(data, text) {
    var file = data && data.files && data.files[0];
    var row = file && file.row;
    if (!row) {
      return;
    }
    var form = document.getElementById('documents');
    var bar = row.find('.ui-progressbar');
    var label = row.find('.upload-progress-text');
    if (!label.length) {
      label = jQuery('<span class="upload-progress-text" aria-live="polite"></span>');
      row.find('.ui-fileupload-progress').append(label);
    }
    bar.attr('aria-label', (form && form.getAttribute('data-progress-label')) || '');
    bar.attr('aria-valuetext', text);
    label.text(text);
  }

  function onProgress(event, data) {
    if (data && data.total) {
      progressText(data, Math.min(100, Math.floor((data.loaded / data.total) * 100)) + ' %');
    }
  }

  function onChunkFail(event, data) {
    var form = document.getElementById('documents');
    if (data && data.errorThrown !== 'abort') {
      progressText(data, (form && form.getAttribute('data-reconnecting-label')) || '...');
    }
  }

  /* How often a chunk the server failed (5xx: a node restarting, a disk that failed) is sent again,
     after 1, 2 and 3 s, before the slot says the upload failed; a dropped line is retried for
     minutes instead (maxRetries on the widget), and a refusal (4xx) is not retried at all. */
  var SERVER_ERROR_RETRIES = 3;

  function uploadWidgetOf(element) {
    return Object.keys(PrimeFaces.widgets).map(function (name) {
      return PrimeFaces.widgets[name];
    }).filter(function (widget) {
      return widget instanceof PrimeFaces.widget.FileUpload && widget.jq && widget.jq[0] === element;
    })[0];
  }

  /* Runs before PrimeFaces' own fail handler, which retries while the widget's retry count allows:
     an answer that will not change is given up at once, a server error after a few tries; the
     chunks the server holds for a given-up upload are deleted as for a cancel. */
  function onFailedAnswer(event, data) {
    var status = data && data.jqXHR ? data.jqXHR.status : 0;
    if (status < 400 || data.errorThrown === 'abort') {
      return;
    }
    var element = jQuery(event.target);
    var serverErrors = (element.data('serverErrors') || 0) + 1;
    element.data('serverErrors', serverErrors);
    if (status >= 500 && serverErrors <= SERVER_ERROR_RETRIES) {
      return;
    }
    element.data('retries', Number.MAX_SAFE_INTEGER);
    element.removeData('serverErrors'); // the next file chosen in this slot starts afresh
    var widget = uploadWidgetOf(event.target);
    var file = data.files && data.files[0];
    if (widget && widget.cfg.resumeContextPath && file) {
      jQuery.ajax({
        url: widget.cfg.resumeContextPath + '?' + jQuery.param({ 'X-File-Id': widget.createXFileId(file) }),
        type: 'DELETE'
      });
    }
  }

  function failedUpload() {
    var form = document.getElementById('documents');
    var slot = this.jq && this.jq.closest('.doc-slot');
    var id = slot && slot.attr('data-status-id');
    var message = id && document.getElementById(id);
    if (!message || !form) {
      return;
    }
    slot.find('.upload-progress-text').remove(); // no "reconnecting" left beside the answer
    // PrimeFaces keeps a failed file in the widget's queue and sends the whole queue again with the
    // next file chosen in this slot: the file given up would then be stored behind the
    // participant's back, perhaps after the new one (seen in DocumentsStepIT).
    if (this.files && this.removeFiles) {
      this.removeFiles(this.files.slice());
    }
    message.className = 'slot-status error';
    message.textContent = form.getAttribute('data-failed-label') || '';
    // pfAjaxComplete follows this failure and focuses data-focus: point it at this slot too.
    var messages = document.getElementById('documents:messages');
    if (messages) {
      messages.setAttribute('data-focus', id);
    }
    message.focus();
  }

  function hookFailures() {
    if (!window.PrimeFaces || !PrimeFaces.widgets || !PrimeFaces.widget.FileUpload) {
      return;
    }
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
      var widget = PrimeFaces.widgets[name];
      if (widget instanceof PrimeFaces.widget.FileUpload && widget.jq && widget.jq.closest('.doc-slot').length) {
        widget.cfg.onerror = failedUpload;
      }
    });
  }

  /* The summary above the slots lists every slot whose message is a refusal, in the slots' order.
     The server drew the refusal of this answer only; a slot refused earlier while the page is open
     still shows its message, and is listed again from it. */
  function listRefusals() {
    var form = document.getElementById('documents');
    var messages = document.getElementById('documents:messages');
    if (!form || !messages) {
      return;
    }
    var items = [];
    document.querySelectorAll('.doc-slot[data-status-id]').forEach(function (slot) {
      var id = slot.getAttribute('data-status-id');
      var message = document.getElementById(id);
      if (message && message.classList.contains('error')) {
        var link = document.createElement('a');
        link.href = '#' + id;
        link.className = 'field-error';
        link.textContent = slot.getAttribute('data-label') + ': ' + message.textContent;
        var item = document.createElement('li');
        item.appendChild(link);
        items.push(item);
      }
    });
    var summary = document.getElementById('documents:upload-summary');
    if (!items.length) {
      if (summary) {
        summary.remove();
      }
      return;
    }
    if (!summary) {
      summary = document.createElement('div');
      summary.id = 'documents:upload-summary';
      summary.className = 'error-summary';
      var heading = document.createElement('h2');
      heading.textContent = form.getAttribute('data-refused-heading') || '';
      summary.appendChild(heading);
      summary.appendChild(document.createElement('ul'));
      messages.appendChild(summary);
    }
    summary.querySelector('ul').replaceChildren.apply(summary.querySelector('ul'), items);
  }

  function focusAnswer() {
    // Drawn again with every answer (the slot alone is redrawn, not the whole form).
    var messages = document.getElementById('documents:messages');
    var target = messages && messages.getAttribute('data-focus');
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
    jQuery(document).on('fileuploadprogress', '.doc-slot', onProgress);
    jQuery(document).on('fileuploadchunkfail', '.doc-slot', onChunkFail);
    jQuery(document).on('fileuploadfail', '.doc-slot', onFailedAnswer);
    jQuery(hookFailures);
    document.addEventListener('change', hookFailures, true);
    jQuery(document).on('pfAjaxComplete', function () {
      hookFailures();
      describeInputs();
      listRefusals();
      focusAnswer();
    });
  }
  describeInputs();
})();
