// The kiosk's check-in page: where the browser offers BarcodeDetector with QR codes, the camera button is shown and
// a code read from an appointment's QR code is sent at once; typing the code always works.
(function () {
  'use strict';
  var button = document.getElementById('kiosk-camera');
  var form = document.getElementById('kiosk-form');
  var input = document.getElementById('kiosk-code');
  var video = document.getElementById('kiosk-video');
  if (!button || !form || !input || !video || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
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

  button.hidden = false;
  button.addEventListener('click', function () {
    if (stream) { stop(); return; }
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      video.play();
      button.textContent = button.getAttribute('data-stop');
      timer = setInterval(function () {
        if (video.readyState < 2) { return; }
        detector.detect(video).then(function (codes) {
          if (codes.length && stream) {
            input.value = codes[0].rawValue;
            stop();
            form.submit();
          }
        }).catch(function () {});
      }, 250);
    }).catch(stop);
  });
}());
