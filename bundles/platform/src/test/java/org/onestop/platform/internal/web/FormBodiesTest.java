package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

class FormBodiesTest {

    static final class Resource {
        public void register(@FormParam("email") String email, @QueryParam("next") String next) {
        }

        public void search(@QueryParam("q") String q) {
        }
    }

    @Test
    void onlyMethodsThatReadFormFieldsAreChecked() throws Exception {
        assertTrue(FormBodies.readsFormFields(Resource.class.getMethod("register", String.class, String.class)));
        assertFalse(FormBodies.readsFormFields(Resource.class.getMethod("search", String.class)));
    }

    @Test
    void aFormBodyPassesAndAnyOtherIsRefused() {
        assertTrue(FormBodies.isForm(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertTrue(FormBodies.isForm(MediaType.valueOf("application/x-www-form-urlencoded; charset=UTF-8")));
        assertFalse(FormBodies.isForm(MediaType.APPLICATION_JSON_TYPE));
        assertFalse(FormBodies.isForm(MediaType.valueOf("multipart/form-data; boundary=x")));
        assertFalse(FormBodies.isForm(null));
    }
}
