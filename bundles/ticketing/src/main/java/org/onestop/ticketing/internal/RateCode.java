package org.onestop.ticketing.internal;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of a visit's rate link on the counter's screen, made with ZXing (error correction M, the standard quiet
 * zone of four modules), as an SVG path of its dark modules (one unit per module, so it scales to any width).
 *
 * @param size modules across (and down), quiet zone included
 * @param path the dark modules in a {@code 0 0 size size} view box: one rectangle per run in a row
 */
record RateCode(int size, String path) {

    static RateCode of(String link) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + link.length() + " characters", e);
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
        return new RateCode(matrix.getWidth(), path.toString());
    }
}
