package org.aftercare.console.shell;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The modules of the product in the order an ops team meets them. An entry lights up by itself as
 * soon as some module serves a GET page at its path, so nothing here changes when a module lands.
 */
@Component
class Navigation {

    /** @param also other path prefixes whose pages belong to this entry */
    private record Item(String label, String path, List<String> also) {

        Item(String label, String path) {
            this(label, path, List.of());
        }
    }

    private static final List<Item> ITEMS = List.of(
            new Item("nav.home", "/"),
            new Item("nav.orders", "/orders"),
            new Item("nav.alerts", "/alerts", List.of("/shipments")),
            new Item("nav.outreach", "/outreach"),
            new Item("nav.offers", "/offers"),
            new Item("nav.desk", "/desk"),
            new Item("nav.returns", "/returns"),
            new Item("nav.cases", "/cases"),
            new Item("nav.evidence", "/evidence"),
            new Item("nav.insights", "/insights", List.of("/carriers")),
            new Item("nav.settings", "/settings"));

    private final RequestMappingHandlerMapping mappings;
    private volatile Set<String> pages;

    Navigation(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    List<NavEntry> forPath(String currentPath) {
        Set<String> served = pages();
        return ITEMS.stream()
                .map(i -> new NavEntry(i.label(), i.path(), served.contains(i.path()),
                        belongsTo(currentPath, i.path()) || i.also().stream().anyMatch(p -> belongsTo(currentPath, p))))
                .toList();
    }

    private static boolean belongsTo(String currentPath, String path) {
        return path.equals("/") ? currentPath.equals("/") : currentPath.equals(path) || currentPath.startsWith(path + "/");
    }

    /** GET paths served by some controller, read once: mappings do not change after start-up. */
    private Set<String> pages() {
        Set<String> result = pages;
        if (result == null) {
            result = mappings.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                            || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                    .flatMap(info -> info.getPatternValues().stream())
                    .collect(Collectors.toUnmodifiableSet());
            pages = result;
        }
        return result;
    }
}
