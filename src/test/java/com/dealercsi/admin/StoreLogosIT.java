package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Store logos: uploaded by administrators, checked by their bytes, served publicly (decision 0034). */
class StoreLogosIT extends IntegrationTest {

    static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Autowired
    TestStores stores;

    @Autowired
    StoreLogos logos;

    @Autowired
    SignedIn signedIn;

    @Test
    void an_uploaded_png_is_served_to_anyone_with_its_type_and_the_same_bytes() throws Exception {
        var store = stores.create();
        var png = image(PNG_HEADER, 5_000);

        TestStores.asAdmin(() -> {
            logos.upload(store.store().id(), png);
            return null;
        });

        var url = logos.url(store.store().id()).orElseThrow();
        assertThat(url).startsWith("/images/store-logos/" + store.store().id() + "?v=");
        var response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.body()).isEqualTo(png);
    }

    @Test
    void a_new_jpeg_replaces_the_logo_and_removing_it_leaves_nothing_to_serve() throws Exception {
        var store = stores.create();
        var jpeg = image(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, 1_000);
        TestStores.asAdmin(() -> {
            logos.upload(store.store().id(), image(PNG_HEADER, 100));
            logos.upload(store.store().id(), jpeg);
            return null;
        });
        assertThat(get("/images/store-logos/" + store.store().id()).headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");

        TestStores.asAdmin(() -> {
            logos.remove(store.store().id());
            return null;
        });

        assertThat(logos.url(store.store().id())).isEmpty();
        assertThat(get("/images/store-logos/" + store.store().id()).statusCode())
                .isEqualTo(404);
    }

    // TestStores.asAdmin wraps what the work throws
    @Test
    void files_over_200_kb_and_files_that_are_not_png_or_jpeg_are_refused() {
        var store = stores.create();
        var id = store.store().id();

        assertThatThrownBy(() -> TestStores.asAdmin(() -> {
                    logos.upload(id, image(PNG_HEADER, 200 * 1024 + 1));
                    return null;
                }))
                .hasCauseInstanceOf(AdministrationRejected.class)
                .hasMessageEndingWith("admin.store.logo.tooLarge");
        assertThatThrownBy(() -> TestStores.asAdmin(() -> {
                    logos.upload(id, "<svg onload=alert(1)>".getBytes());
                    return null;
                }))
                .hasCauseInstanceOf(AdministrationRejected.class)
                .hasMessageEndingWith("admin.store.logo.notAnImage");
        assertThatThrownBy(() -> TestStores.asAdmin(() -> {
                    logos.upload(UUID.randomUUID(), image(PNG_HEADER, 10));
                    return null;
                }))
                .hasCauseInstanceOf(AdministrationRejected.class)
                .hasMessageEndingWith("admin.store.unknown");
        // exactly 200 KB is allowed
        TestStores.asAdmin(() -> {
            logos.upload(id, image(PNG_HEADER, 200 * 1024));
            return null;
        });
        assertThat(logos.find(id)).isPresent();
    }

    @Test
    void only_administrators_upload_logos() {
        var store = stores.create();

        assertThatThrownBy(() -> signedIn.run(
                        store.managerEmail(), () -> logos.upload(store.store().id(), image(PNG_HEADER, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logos.find(store.store().id())).isEmpty();
    }

    private static byte[] image(byte[] header, int size) {
        var bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
