package org.onestop.ticketing.internal;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code made with ZXing (error correction M, the standard quiet zone of four modules), as an SVG path of its dark
 * modules (one unit per module, so it scales to any width): a visit's rate link on the counter's screen, an
 * appointment's check-in code on its page (the kiosk's camera reads it as the code itself).
 *
 * @param size modules across (and down), quiet zone included
 * @param path the dark modules in a {@code 0 0 size size} view box: one rectangle per run in a row
 */
record QrPicture(int size, String path) {

    static QrPicture of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    int run = x;
                    while (run < matrix.getWidth() && matrix.get(run, y)) {
                        run++;
                    }
                    path.append('M').append(x).append(' ').append(y).append('h').append(run - x).append("v1h-")
                            .append(run - x).append('z');
                    x = run;
                }
            }
        }
        return new QrPicture(matrix.getWidth(), path.toString());
    }
}
