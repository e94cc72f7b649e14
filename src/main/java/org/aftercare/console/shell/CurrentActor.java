package org.aftercare.console.shell;

import java.util.List;

import org.aftercare.tenancy.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

/**
 * The signed-in user's {@link Actor} for the layout, which is not a controller method and so cannot
 * declare an {@code Actor} parameter. It asks the very resolver that gives controllers theirs, so
 * the tenant the top bar shows is always the tenant the page's controller worked in.
 */
@Component
class CurrentActor {

    private static final MethodParameter ACTOR = new MethodParameter(
            ReflectionUtils.findMethod(CurrentActor.class, "actorParameter", Actor.class), 0);

    private final HandlerMethodArgumentResolver actors;

    CurrentActor(List<HandlerMethodArgumentResolver> resolvers) {
        this.actors = resolvers.stream()
                .filter(r -> r.supportsParameter(ACTOR))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The tenancy module resolves no Actor parameter"));
    }

    Actor of(NativeWebRequest request) throws Exception {
        return (Actor) actors.resolveArgument(ACTOR, null, request, null);
    }

    @SuppressWarnings("unused")
    private static void actorParameter(Actor actor) {
        // Only its signature is used: the parameter the resolver is asked to fill.
    }
}
