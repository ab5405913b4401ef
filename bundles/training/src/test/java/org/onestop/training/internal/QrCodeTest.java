package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The QR code of a ticket reads back to its code, drawn from the page's SVG path and from the printed PNG. */
class QrCodeTest {

    private static final String CODE = TicketCodes.sign("0123456789abcdef0123456789abcdef".getBytes(), 12345, 678);

    @Test
    void theSvgPathOfThePageReadsBack() throws Exception {
        QrCode qr = QrCode.of(CODE);
        int scale = 4;
        int[] pixels = new int[qr.size() * scale * qr.size() * scale];
        java.util.Arrays.fill(pixels, 0xffffff);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(qr.path());
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "nothing but runs in the path");
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            for (int dx = 0; dx < Integer.parseInt(run.group(3)) * scale; dx++) {
                for (int dy = 0; dy < scale; dy++) {
                    pixels[(y * scale + dy) * qr.size() * scale + x * scale + dx] = 0;
                }
            }
        }
        assertEquals(qr.path().length(), end);
        assertEquals(CODE, decode(qr.size() * scale, qr.size() * scale, pixels));
    }

    @Test
    void thePrintedPngReadsBackWithItsQuietZone() throws Exception {
        QrCode qr = QrCode.of(CODE);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(qr.png(8)));
        assertEquals(qr.size() * 8, png.getWidth());
        assertEquals(0xffffff, png.getRGB(0, 0) & 0xffffff, "white around");
        assertEquals(CODE, decode(png.getWidth(), png.getHeight(), png.getRGB(0, 0, png.getWidth(),
                png.getHeight(), null, 0, png.getWidth())));
    }

    private static String decode(int width, int height, int[] pixels) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height,
                pixels)))).getText();
    }
}
