package org.onestop.console.internal.routes;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

/**
 * The routes the REST runtime serves now: each resource method its DTO lists (method, path template, media types),
 * with the bundle that registered the resource and, read from the resource's class, the query and form parameters
 * the method takes and the fields of its body ({@code "string"}, {@code "integer"}, {@code "number"},
 * {@code "boolean"}, {@code "array"}, {@code "object"}; a body that is not a record is named by its kind under
 * {@code ""}).
 */
@Component(service = RouteTable.class)
public final class RouteTable {

    private final BundleContext context;
    private final JakartarsServiceRuntime runtime;

    /** One route: who serves it, how it is asked, and what it reads. */
    public record Route(String module, String method, String path, List<String> consumes, List<String> produces,
            List<String> query, List<String> form, Map<String, String> body) {
    }

    @Activate
    public RouteTable(BundleContext context, @Reference JakartarsServiceRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    /** Every route served now, by module, path and method. */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        ApplicationDTO[] applications = runtime.getRuntimeDTO().applicationDTOs;
        for (ApplicationDTO application : applications == null ? new ApplicationDTO[0] : applications) {
            for (ResourceDTO resource : application.resourceDTOs == null ? new ResourceDTO[0]
                    : application.resourceDTOs) {
                routes.addAll(routesOf(resource));
            }
        }
        routes.sort(Comparator.comparing(Route::module).thenComparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    private List<Route> routesOf(ResourceDTO resource) {
        Optional<ServiceReference<?>> reference = reference(resource.serviceId);
        String module = reference.map(ServiceReference::getBundle).map(Bundle::getSymbolicName).orElse("");
        Class<?> type = reference.flatMap(RouteTable::typeOf).orElse(null);
        List<Route> routes = new ArrayList<>();
        for (ResourceMethodInfoDTO info : resource.resourceMethods == null ? new ResourceMethodInfoDTO[0]
                : resource.resourceMethods) {
            Optional<Method> method = type == null ? Optional.empty() : javaMethod(type, info);
            routes.add(new Route(module, info.method, normal(info.path), list(info.consumingMimeType),
                    list(info.producingMimeType), method.map(m -> named(m, QueryParam.class)).orElse(List.of()),
                    method.map(m -> named(m, FormParam.class)).orElse(List.of()),
                    method.map(RouteTable::body).orElse(Map.of())));
        }
        return routes;
    }

    private Optional<ServiceReference<?>> reference(long serviceId) {
        try {
            ServiceReference<?>[] found = context.getAllServiceReferences(null,
                    "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Class<?>> typeOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        Object classes = reference.getProperty(Constants.OBJECTCLASS);
        if (bundle == null || !(classes instanceof String[] names) || names.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(bundle.loadClass(names[0]));
        } catch (ClassNotFoundException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The Java method behind a route: same HTTP method, same path once slashes are set aside. */
    private static Optional<Method> javaMethod(Class<?> type, ResourceMethodInfoDTO info) {
        String classPath = pathOf(type.getAnnotation(Path.class));
        return Arrays.stream(type.getMethods()).filter(m -> info.method.equals(httpMethod(m)))
                .filter(m -> normal(classPath + "/" + pathOf(m.getAnnotation(Path.class))).equals(normal(info.path)))
                .findFirst();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static String normal(String path) {
        return "/" + String.join("/", Arrays.stream(path == null ? new String[0] : path.split("/"))
                .filter(part -> !part.isEmpty()).toList());
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static List<String> named(Method method, Class<? extends Annotation> kind) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Annotation annotation = parameter.getAnnotation(kind);
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof FormParam form) {
                names.add(form.value());
            }
        }
        return names;
    }

    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(PathParam.class, QueryParam.class,
            FormParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, BeanParam.class,
            Context.class);

    /** The fields of the method's body: a record's components by kind, or the body's own kind under "". */
    private static Map<String, String> body(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (NOT_BODY.stream().noneMatch(parameter::isAnnotationPresent)) {
                Class<?> type = parameter.getType();
                Map<String, String> fields = new LinkedHashMap<>();
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        fields.put(component.getName(), kind(component.getType()));
                    }
                } else {
                    fields.put("", type.getName().startsWith("org.onestop.") ? type.getSimpleName() : kind(type));
                }
                return fields;
            }
        }
        return Map.of();
    }

    static String kind(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class || type.isEnum()) {
            return "string";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == BigInteger.class) {
            return "integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return type.getName().startsWith("java.time.") ? "string" : "object";
    }
}
