package com.dealercsi.invitation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void the_code_reads_back_as_the_exact_link() throws Exception {
        var link = "https://csi.example.cn/survey/gCqcTpz73c9fj05Ia-FEXs_tvoW5hvWF2PajYMe6Juo";
        var matrix = QrCodes.matrix(link);
        int scale = 4;
        int size = matrix.getWidth() * scale;
        var pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }

        var read = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))));

        assertThat(read.getText()).isEqualTo(link);
    }

    @Test
    void the_svg_draws_every_dark_module_and_nothing_else() {
        var svg = QrCodes.svg("https://csi.example.cn/survey/abc");
        var matrix = QrCodes.matrix("https://csi.example.cn/survey/abc");
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }

        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight());
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
    }
}
