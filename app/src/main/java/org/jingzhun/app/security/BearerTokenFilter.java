// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Turns {@code Authorization: Bearer jz_…} into the signed-in user of the request. A missing or dead
 * token leaves the request anonymous; the authorisation rules then answer 401 where a user is needed.
 * Not a bean: registering it as one would make the servlet container run it a second time.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final Sessions sessions;

    BearerTokenFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The token of {@code Authorization: Bearer …}, or {@code null}. */
    static String token(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token != null) {
            sessions.resolve(token).ifPresent(user -> {
                var auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
                        List.of(new SimpleGrantedAuthority(user.role().authority())));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
