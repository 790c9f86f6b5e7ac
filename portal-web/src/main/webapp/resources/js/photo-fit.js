/* Photos fitted in the browser before they travel: a phone's 12-50 megapixel JPEG or PNG is decoded
   upright (the EXIF orientation applied by createImageBitmap) and at most the fitted size onto a canvas whose long side is at
   most data-photo-max-side pixels, and sent as a JPEG of quality data-photo-quality. Nothing of the
   original's metadata survives a canvas, so the GPS position never leaves the phone. PDFs, other
   files and photos that already fit (long side, and at most SMALL_ENOUGH_BYTES) are sent as they are; so is any file the
   browser cannot draw: the server checks every upload the same way whichever path it took.

   Hooked into PrimeFaces' file upload through its onAdd callback, set here on every upload widget
   of the documents step (they are rebuilt by every ajax update), so the page needs no inline
   script. The same file also serves the camera choice: a plain capture input whose photo is
   handed to the slot's PrimeFaces widget. */
(function () {
  'use strict';

  /* A JPEG within the long side is still re-encoded above this size: a phone's 1 MB JPEG is saved
     at a quality far above what a document needs and shrinks to about half at 0.85. Below it the
     saving is not worth a second lossy encoding. Kept deliberately (issue 10, confirmed with the
     bench): a Good 3G uplink carries about 90 KB/s, so a 1 MB photo sent as it is needs 11 s or more
     and misses the 5 s target; re-encoded it goes in about half the time, and a second encoding at
     0.85 leaves a document photo readable (the saving must be 20 % or more, see WORTHWHILE_SAVING). */
  var SMALL_ENOUGH_BYTES = 512 * 1024;

  /* A re-encoded photo that saves less than this share of the bytes is not worth sending instead. */
  var WORTHWHILE_SAVING = 0.8;

  function settings() {
    var form = document.getElementById('documents');
    return {
      maxSide: parseInt((form && form.getAttribute('data-photo-max-side')) || '2480', 10),
      quality: parseFloat((form && form.getAttribute('data-photo-quality')) || '0.85'),
      maxBytes: parseInt((form && form.getAttribute('data-max-bytes')) || '6291456', 10)
    };
  }

  function jpegName(name) {
    var base = String(name || 'foto').replace(/\.[^.]*$/, '');
    return (base || 'foto') + '.jpg';
  }

  /** Resolves to the photo's upright size, read by an image element (EXIF orientation applied):
      the browser reads the header, it does not decode the pixels for this. */
  function uprightSize(file) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () {
        URL.revokeObjectURL(url);
        resolve({ width: img.naturalWidth, height: img.naturalHeight });
      };
      img.onerror = function () {
        URL.revokeObjectURL(url);
        reject(new Error('not an image here'));
      };
      img.src = url;
    });
  }

  /* Resolves to a canvas holding the photo upright at width x height. The browser decodes the photo
     straight to that size (createImageBitmap with resizeWidth and resizeHeight, which apply to the
     upright image), so a slow phone never decodes a 12 MP original at full size; the small bitmap
     is then drawn on a 2d canvas. Not handed over with a bitmaprenderer context: Chromium 156 then
     encodes the pixels as stored, without the EXIF orientation it applied (a portrait photo came
     out sideways). A PNG may be transparent: it is drawn onto white paper, not black. */
  function upright(file, width, height) {
    var options = { imageOrientation: 'from-image', resizeWidth: width, resizeHeight: height, resizeQuality: 'high' };
    return createImageBitmap(file, options).then(function (bitmap) {
      var canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      var context = canvas.getContext('2d');
      if (file.type === 'image/png') {
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
      }
      context.drawImage(bitmap, 0, 0, width, height);
      bitmap.close();
      return canvas;
    });
  }

  /** Calls done(file) with the file to send: the fitted JPEG, or the original. */
  function fit(file, done) {
    var cfg = settings();
    if (!/^image\/(jpeg|png)$/.test(file.type) || !window.createImageBitmap || !cfg.maxSide) {
      done(file);
      return;
    }
    // A PNG (a screenshot, a scan saved losslessly on purpose) is only converted when it must be.
    var smallEnough = file.type === 'image/png' ? cfg.maxBytes : SMALL_ENOUGH_BYTES;
    var longSide;
    uprightSize(file).then(function (size) {
      longSide = Math.max(size.width, size.height);
      if (longSide <= cfg.maxSide && file.size <= smallEnough) {
        return null;
      }
      var scale = Math.min(1, cfg.maxSide / longSide);
      return upright(
        file,
        Math.max(1, Math.round(size.width * scale)),
        Math.max(1, Math.round(size.height * scale)));
    }).then(function (canvas) {
      if (!canvas) {
        done(file);
        return;
      }
      canvas.toBlob(function (blob) {
        var fits = longSide <= cfg.maxSide && file.size <= cfg.maxBytes;
        if (!blob || (fits && blob.size > file.size * WORTHWHILE_SAVING)) {
          done(file);
          return;
        }
        var fitted = new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: Date.now() });
        done(fitted);
      }, 'image/jpeg', cfg.quality);
    }).catch(function () {
      done(file); // not drawable here (damaged, unusual colour model): the server judges it
    });
  }

  function uploadWidgets() {
    var found = [];
    if (!window.PrimeFaces || !PrimeFaces.widgets || !PrimeFaces.widget.FileUpload) {
      return found;
    }
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
      var widget = PrimeFaces.widgets[name];
      if (widget instanceof PrimeFaces.widget.FileUpload && widget.jq && widget.jq.closest('.doc-slot').length) {
        found.push(widget);
      }
    });
    return found;
  }

  function hook() {
    uploadWidgets().forEach(function (widget) {
      widget.cfg.onAdd = function (file, callback) {
        fit(file, callback);
      };
    });
  }

  /** The camera input of a slot hands its photo to the slot's PrimeFaces upload. */
  function onCamera(event) {
    var input = event.target;
    if (!input.matches || !input.matches('.doc-slot input.camera-input') || !input.files || !input.files.length) {
      return;
    }
    var slot = input.closest('.doc-slot');
    var widget = uploadWidgets().filter(function (w) {
      return w.jq.closest('.doc-slot')[0] === slot;
    })[0];
    if (widget) {
      widget.jq.fileupload('add', { files: [input.files[0]] });
    }
    input.value = '';
  }

  document.addEventListener('change', onCamera);
  // Before PrimeFaces' own change handler on the input (capture phase): the widgets exist by the
  // time anyone chooses a file, whatever the order in which the page's scripts ran.
  document.addEventListener('change', hook, true);
  if (window.jQuery) {
    // jQuery runs ready callbacks asynchronously and in order: this one after the widgets' own.
    jQuery(hook);
    jQuery(document).on('pfAjaxComplete', hook);
  }
  hook();
})();
