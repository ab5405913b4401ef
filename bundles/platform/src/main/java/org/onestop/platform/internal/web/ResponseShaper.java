package org.onestop.platform.internal.web;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.onestop.api.cases.NotificationCount;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.PublicAnswer;
import org.onestop.api.module.Refusal;
import org.onestop.api.module.ServiceModule;
import org.onestop.api.view.View;
import org.onestop.platform.internal.shell.Portal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Gives every response its final form, knowing the request: a {@link View} becomes the HTML page inside the
 * shell, in the request's language; a {@link Failure} becomes the shell's error page for browsers or an RFC 9457
 * problem document for API clients. A failure while rendering is itself logged under an error id and answered
 * with a plain error page.
 */
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@JakartarsName(ModuleResource.SHAPER)
@JakartarsExtensionSelect(ModuleResource.JSON_SELECT)
public final class ResponseShaper implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseShaper.class);
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final MediaType PROBLEM = MediaType.valueOf(ProblemDetail.MEDIA_TYPE);

    private final Portal portal;
    private final ModuleDirectory modules;
    /**
     * The notifications, while the database is there: pages (error pages above all) must still be shown when it
     * is not, so this one reference is optional and dynamic.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationCount inbox;
    /** While the hall starts, a path no route of the application serves yet is "starting", not "not found". */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StopGate gate;

    @Activate
    public ResponseShaper(@Reference Portal portal, @Reference ModuleDirectory modules) {
        this.portal = portal;
        this.modules = modules;
    }

    /** A shaper that counts unread notifications with {@code inbox}, for tests. */
    public ResponseShaper(Portal portal, ModuleDirectory modules, NotificationCount inbox) {
        this(portal, modules);
        this.inbox = inbox;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Failure found && found.status() == 404 && unmatched(request) && starting()) {
            response.setStatus(503);
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, StopGate.STARTING_RETRY);
            entity = Failure.of(503, "error.starting");
            response.setEntity(entity);
        }
        if (entity instanceof Failure failure) {
            request.setProperty(Failure.PROPERTY, failure);
            shapeFailure(request, response, failure);
        } else if (entity instanceof View view) {
            page(request, response, view);
        } else if (Paths.isApi(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language, Cookie");
            if (response.getStatus() == 200 && declaredPublic(request) && anonymous(request)) {
                request.setProperty(PublicAnswers.SHAREABLE, Boolean.TRUE);
            }
        }
    }

    /** Whether the resource method that answered declares its answer the same for all who ask alike. */
    private static boolean declaredPublic(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo jersey)) {
            return false;
        }
        ResourceMethod method = jersey.getMatchedResourceMethod();
        return method != null && method.getInvocable().getDefinitionMethod().isAnnotationPresent(PublicAnswer.class);
    }

    /** Whether no resource method of the application matched the request (its route has not joined it yet). */
    private static boolean unmatched(ContainerRequestContext request) {
        return request.getUriInfo() instanceof ExtendedUriInfo jersey && jersey.getMatchedResourceMethod() == null;
    }

    private boolean starting() {
        StopGate front = gate;
        return front != null && front.starting();
    }

    private static boolean anonymous(ContainerRequestContext request) {
        Visit visit = Visit.of(request);
        return visit != null && !visit.caller().signedIn();
    }

    private void shapeFailure(ContainerRequestContext request, ContainerResponseContext response, Failure failure) {
        Language language = LanguageChoice.of(request);
        String path = "/" + request.getUriInfo().getPath();
        String kind = kind(failure, path);
        Messages messages = portal.messages();
        String title = messages.text(language, "error." + kind + ".title");
        String detail = failure.detail() != null ? failure.detail()
                : failure.detailKey() != null
                        ? Refusal.text(messages, language, failure.detailKey(), Arrays.asList(failure.arguments()))
                : messages.text(language, "error." + kind + ".detail");
        Map<String, String> errors = new LinkedHashMap<>();
        failure.fields().forEach((field, key) -> errors.put(field, messages.text(language, key)));
        if (wantsJson(request, path)) {
            response.setEntity(new ProblemDetail("about:blank", title, failure.status(), detail, path,
                    failure.errorId(), errors.isEmpty() ? null : errors), null, PROBLEM);
            return;
        }
        page(request, response, errorView(failure.status(), title, detail, failure.errorId()));
    }

    private static View errorView(int status, String heading, String detail, String errorId) {
        return View.of("shell/error", "status", status, "heading", heading, "detail", detail, "errorId", errorId);
    }

    /** Which message set describes a failure: a module that left, a known status, or a generic error. */
    private String kind(Failure failure, String path) {
        int status = failure.status();
        if (status == 404 && modules.departed(Paths.moduleOf(path))) {
            return "unavailable";
        }
        return List.of(400, 401, 403, 404, 410, 405, 406, 409, 413, 415, 422, 429, 503).contains(status)
                ? String.valueOf(status) : status >= 500 ? "500" : "400";
    }

    private static boolean wantsJson(ContainerRequestContext request, String path) {
        if (Paths.isApi(path)) {
            return true;
        }
        for (MediaType accepted : acceptable(request)) {
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE) && !accepted.isWildcardType()) {
                return false;
            }
            if (accepted.getSubtype().endsWith("json")) {
                return true;
            }
        }
        return false;
    }

    /** The media types the request accepts; none when its {@code Accept} header cannot be read. */
    private static List<MediaType> acceptable(ContainerRequestContext request) {
        try {
            return request.getAcceptableMediaTypes();
        } catch (ProcessingException e) {
            return List.of();
        }
    }

    private void page(ContainerRequestContext request, ContainerResponseContext response, View view) {
        Language language = LanguageChoice.of(request);
        String path = Paths.withoutLanguage(request.getUriInfo().getRequestUri());
        Map<String, Object> visitor = visitor(request);
        boolean[] tokenWritten = {false};
        try {
            response.setEntity(portal.render(view, language, path, visitor, () -> {
                tokenWritten[0] = true;
                return csrf(request);
            }), null, HTML);
            if (Boolean.FALSE.equals(visitor.get("signedIn")) && !tokenWritten[0]) {
                // the same page for every visitor who asks alike: it may be given again within the second
                request.setProperty(PublicAnswers.SHAREABLE, Boolean.TRUE);
            }
        } catch (Exception e) {
            String errorId = FailureMapper.newErrorId();
            LOG.error("Page {} could not be rendered, error id {}", view.template(), errorId, e);
            response.setStatus(500);
            response.setEntity(errorPage(language, path, errorId), null, HTML);
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().putSingle(HttpHeaders.VARY, "Cookie");
    }

    /** Who is visiting, as the shell's header shows it, with a signed-in visitor's unread notifications. */
    private Map<String, Object> visitor(ContainerRequestContext request) {
        Visit visit = Visit.of(request);
        Caller caller = visit == null ? Caller.anonymous("") : visit.caller();
        Map<String, Object> visitor = new HashMap<>();
        visitor.put("signedIn", caller.signedIn());
        visitor.put("name", caller.displayName() == null ? "" : caller.displayName());
        visitor.put("innovator", caller.innovator());
        visitor.put("staff", caller.staff());
        visitor.put("operator", caller.has(Role.OPERATOR));
        visitor.put("unread", caller.signedIn() ? unread(caller.accountId()) : 0L);
        visitor.put("senior", ReadingMode.of(request) == ReadingMode.SENIOR);
        return visitor;
    }

    /** The account's unread notifications; 0 (logged) if they cannot be counted, which must not cost the page. */
    private long unread(long accountId) {
        NotificationCount now = inbox;
        if (now == null) {
            return 0;
        }
        try {
            return now.unread(accountId);
        } catch (SQLException e) {
            LOG.warn("Unread notifications of account {} could not be counted: {}", accountId, e.getMessage());
            return 0;
        }
    }

    private static String csrf(ContainerRequestContext request) {
        Visit visit = Visit.of(request);
        return visit == null ? "" : visit.csrfToken();
    }

    /**
     * A page as the bytes sent: encoded at once (the runtime's writer for text encodes through a stream writer, a
     * good part of a page's time), and sent with its length.
     */
    private static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The shell's 500 page for a page that failed to render; a plain one if the shell fails too. */
    private byte[] errorPage(Language language, String path, String errorId) {
        try {
            return portal.render(errorView(500, portal.messages().text(language, "error.500.title"),
                    portal.messages().text(language, "error.500.detail"), errorId), language, path,
                    Map.of("signedIn", false), () -> "");
        } catch (Exception e) {
            LOG.error("The shell's error page could not be rendered either (error id {})", errorId, e);
            return utf8(fallbackPage(errorId));
        }
    }

    /** The error page when even the shell cannot render: plain, bilingual, with the error id. */
    private static String fallbackPage(String errorId) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>500</title></head><body>"
                + "<h1>服务器内部错误 / Internal error</h1><p>错误编号 / Error id: <code>" + errorId
                + "</code></p><p><a href=\"/\">首页 / Home</a></p></body></html>";
    }

}
