// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import static org.jingzhun.app.platform.security.Role.authorities;

/**
 * Who may call what, in one place. The API is stateless: a bearer token on every request, no cookies,
 * hence no CSRF exposure (see docs/adr/0008-security-and-audit.md). Which <em>records</em> a caller sees is not
 * decided here but in SQL, by the region scope of
 * {@link org.jingzhun.app.platform.security.CallerContext}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Content-Security-Policy for the web UI: only our own scripts; Element Plus needs inline styles. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Sessions sessions, SecurityProblems problems) throws Exception {
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), microphone=(), geolocation=()")))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(sessions), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        // the second dispatch of a streamed response or an error page: the first was checked
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/api/v1/auth/**").authenticated()
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/feeds/**").hasAnyRole(authorities(Role.PUSH_FEEDS))
                        .requestMatchers("/api/v1/jobs/**").authenticated() // a job answers only its creator
                        .requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/**").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/rules/**", "/api/v1/parameters", "/api/v1/parameters/**")
                        .hasAnyRole(authorities(Role.MANAGE_RULES))
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/rules/**").hasAnyRole(authorities(Role.MANAGE_RULES))
                        .requestMatchers(HttpMethod.POST, "/api/v1/rules/import").hasAnyRole(authorities(Role.MANAGE_RULES))
                        .requestMatchers(HttpMethod.POST, "/api/v1/screening/runs").hasAnyRole(authorities(Role.RUN_SCREENING))
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/households/**").hasAnyRole(authorities(Role.EDIT_REGISTRY))
                        .requestMatchers(HttpMethod.POST, "/api/v1/households/imports").hasAnyRole(authorities(Role.EDIT_REGISTRY))
                        .requestMatchers(HttpMethod.POST, "/api/v1/medical/settlements/calculate")
                        .hasAnyRole(authorities(Role.CALCULATE_MEDICAL))
                        .requestMatchers(HttpMethod.POST, "/api/v1/medical/settlements").hasAnyRole(authorities(Role.REPORT_SETTLEMENTS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/exit/surveys", "/api/v1/exit/counties/*/approval")
                        .hasAnyRole(authorities(Role.ASSESS_EXIT))
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/exit/surveys/**").hasAnyRole(authorities(Role.ASSESS_EXIT))
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/poverty", "/api/v1/reports/poverty/**",
                                "/api/v1/exit/villages", "/api/v1/exit/villages/**", "/api/v1/exit/counties",
                                "/api/v1/exit/counties/**", "/api/v1/exit/surveys", "/api/v1/exit/surveys/**")
                        .hasAnyRole(authorities(Role.READ_REGION_REPORTS))
                        .requestMatchers("/api/**").hasAnyRole(authorities(Role.READ_PEOPLE))
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll()); // the web UI's files and the API description
        return http.build();
    }
}
