package org.aftercare.tenancy.security;

import java.util.List;

import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;

/** Lets a controller method declare an {@link Actor} parameter: who is asking, in which tenant. */
@Component
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        if (auth != null && auth.getPrincipal() instanceof ConsoleUser user) {
            HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
            return CurrentTenant.actor(user, http.getSession(false))
                    .orElseThrow(() -> new NotPermitted(user.email() + " is not a member of any tenant"));
        }
        throw new InsufficientAuthenticationException("Not signed in");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
