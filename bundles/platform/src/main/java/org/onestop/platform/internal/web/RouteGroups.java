package org.onestop.platform.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;
import org.glassfish.jersey.uri.PathPattern;
import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Routes a request through a short list of path prefixes instead of every resource of the hall. The REST runtime
 * matches a request's path against the pattern of each root resource in turn (a regular expression each, over a
 * hundred of them: a fifth of a page's time); the resources are regrouped here under their first path segment
 * ({@code /info}, {@code /lookup}), or their first two under {@code /api} ({@code /api/info}), so that a request tries
 * some forty prefixes and then the few addresses under its own.
 *
 * <p>Every address keeps its resource method, its parameters and its route template (the prefix and the rest). The
 * one difference: within a prefix the most specific full address wins, where before the most specific root resource
 * was chosen first and its own addresses only were tried (a request that fell between two resources is now answered
 * by the one that fits it instead of 404). When two addresses under a prefix would have the same pattern, or the
 * regrouping fails in any way, the application keeps its resources as they are.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class RouteGroups implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new Regrouping());
        return true;
    }

    /** The model processor: the application's root resources regrouped by prefix. */
    static final class Regrouping implements ModelProcessor {

        private static final Logger LOG = LoggerFactory.getLogger(RouteGroups.class);

        @Override
        public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
            try {
                return regrouped(model);
            } catch (RuntimeException e) {
                LOG.warn("Resources left as they are, not grouped by prefix: {}", e.toString());
                return model;
            }
        }

        @Override
        public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
            return model;
        }

        static ResourceModel regrouped(ResourceModel model) {
            Map<String, Map<String, List<ResourceMethod>>> groups = new LinkedHashMap<>();
            for (Resource root : model.getRootResources()) {
                add(groups, root.getPath(), root);
                for (Resource child : root.getChildResources()) {
                    add(groups, join(root.getPath(), child.getPath()), child);
                }
            }
            String ambiguous = ambiguous(groups);
            if (ambiguous != null) {
                LOG.warn("Resources left as they are, not grouped by prefix: two addresses have the same pattern, {}",
                        ambiguous);
                return model;
            }
            ResourceModel.Builder regrouped = new ResourceModel.Builder(false);
            groups.forEach((prefix, addresses) -> regrouped.addResource(group(prefix, addresses)));
            return regrouped.build();
        }

        private static void add(Map<String, Map<String, List<ResourceMethod>>> groups, String path,
                Resource resource) {
            List<String> segments = segments(path);
            String prefix = prefix(segments);
            String rest = String.join("/", segments.subList(prefix.isEmpty() ? 0 : prefix.split("/").length,
                    segments.size()));
            List<ResourceMethod> methods = groups.computeIfAbsent(prefix, p -> new LinkedHashMap<>())
                    .computeIfAbsent(rest, r -> new ArrayList<>());
            methods.addAll(resource.getResourceMethods());
            if (resource.getResourceLocator() != null) {
                methods.add(resource.getResourceLocator());
            }
        }

        private static Resource group(String prefix, Map<String, List<ResourceMethod>> addresses) {
            Resource.Builder group = Resource.builder("/" + prefix);
            addresses.forEach((rest, methods) -> {
                if (methods.isEmpty()) {
                    return;
                }
                Resource.Builder target = rest.isEmpty() ? group : group.addChildResource(rest);
                methods.forEach(target::addMethod);
            });
            return group.build();
        }

        /** Two addresses under one prefix, written differently, that would match the same paths; null if none. */
        private static String ambiguous(Map<String, Map<String, List<ResourceMethod>>> groups) {
            for (Map.Entry<String, Map<String, List<ResourceMethod>>> group : groups.entrySet()) {
                Map<String, String> byPattern = new HashMap<>();
                for (String rest : group.getValue().keySet()) {
                    String earlier = byPattern.putIfAbsent(new PathPattern(rest).getRegex(), rest);
                    if (earlier != null && !earlier.equals(rest)) {
                        return "/" + group.getKey() + "/" + earlier + " and /" + group.getKey() + "/" + rest;
                    }
                }
            }
            return null;
        }

        /**
         * The prefix an address is grouped under: its first segment, its first two under {@code api}; none (the root)
         * when that segment is a parameter.
         */
        static String prefix(List<String> segments) {
            if (segments.isEmpty() || isParameter(segments.get(0))) {
                return "";
            }
            if (segments.get(0).equals("api") && segments.size() > 1 && !isParameter(segments.get(1))) {
                return "api/" + segments.get(1);
            }
            return segments.get(0);
        }

        private static boolean isParameter(String segment) {
            return segment.indexOf('{') >= 0;
        }

        /** The path's segments, a parameter's regular expression (which may hold a slash) kept whole. */
        static List<String> segments(String path) {
            List<String> segments = new ArrayList<>();
            StringBuilder segment = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '/' && depth == 0) {
                    if (segment.length() > 0) {
                        segments.add(segment.toString());
                        segment.setLength(0);
                    }
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                segment.append(c);
            }
            if (segment.length() > 0) {
                segments.add(segment.toString());
            }
            return segments;
        }

        private static String join(String parent, String child) {
            return (parent == null ? "" : parent) + "/" + (child == null ? "" : child);
        }
    }
}
