package org.onestop.ticketing.internal;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of an appointment's check-in code, made with ZXing (error correction M, a quiet zone of four modules),
 * as the SVG path of its dark modules in a view box of {@link #size()} modules, for the appointment's page; the
 * kiosk's camera reads it as the code itself.
 */
record CheckInQr(int size, String path) {

    static CheckInQr of(String code) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + code.length() + " characters", e);
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
        return new CheckInQr(matrix.getWidth(), path.toString());
    }
}
