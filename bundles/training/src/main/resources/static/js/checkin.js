// The check-in page's camera: where the browser offers BarcodeDetector with QR codes, the camera button is shown; a
// code read fills the form and sends it. After an answer the page comes back scanning if the camera was on.
(function () {
  'use strict';
  var button = document.getElementById('checkin-camera');
  var form = document.getElementById('checkin-form');
  var input = document.getElementById('checkin-code');
  var video = document.getElementById('checkin-video');
  var failed = document.getElementById('checkin-camera-failed');
  var KEY = 'onestop-checkin-camera';
  if (!button || !form || !input || !video || !('BarcodeDetector' in window) || !navigator.mediaDevices
      || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  var label = button.textContent;
  var stream = null;
  var timer = null;

  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); stream = null; }
    video.hidden = true;
    button.textContent = label;
  }

  function start() {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      failed.hidden = true;
      video.play();
      button.textContent = button.getAttribute('data-stop');
      timer = setInterval(function () {
        if (video.readyState < 2) { return; }
        detector.detect(video).then(function (codes) {
          if (codes.length && stream) {
            input.value = codes[0].rawValue;
            sessionStorage.setItem(KEY, '1');
            stop();
            form.submit();
          }
        }).catch(function () {});
      }, 250);
    }).catch(function () {
      sessionStorage.removeItem(KEY);
      failed.hidden = false;
      stop();
    });
  }

  var formats = window.BarcodeDetector.getSupportedFormats ? window.BarcodeDetector.getSupportedFormats()
      : Promise.resolve(['qr_code']);
  formats.then(function (supported) {
    if (supported.indexOf('qr_code') < 0) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      if (stream) { sessionStorage.removeItem(KEY); stop(); } else { start(); }
    });
    if (sessionStorage.getItem(KEY) === '1') { start(); }
  }).catch(function () {});
}());
