// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.security.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
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

    /** Content-Security-Policy of API answers: a JSON document or a file download loads nothing and is never framed. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * No observations of Spring Security's own steps. With the actuator on the class path Spring Security
     * would otherwise wrap each of its ~10 filters, the authorisation decision and the sign-in in a metrics
     * observation (timers, long-task timers, tags) on every request: measured by {@code bench/security}, that
     * was most of what security cost a request. The request itself is still measured
     * ({@code http.server.requests}, with its status), and every sign-in is in the audit log.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The API ({@code /api/**}): who may call which path. JSON answers carry the headers a JSON API needs
     * (OWASP REST security: no sniffing, no caching of personal data, never framed, and a policy that lets
     * a JSON document load nothing), written before the request runs rather than by wrapping the response.
     * The servlet API integration is off: nothing reads {@code request.getUserPrincipal()}; the caller is
     * {@link org.jingzhun.app.platform.security.CallerContext}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, Sessions sessions, SecurityProblems problems) throws Exception {
        stateless(http, sessions, problems)
                .securityMatcher("/api/**")
                .servletApi(s -> s.disable())
                .headers(h -> h.defaultsDisabled()
                        .contentTypeOptions(Customizer.withDefaults())
                        // written up front, so also on a 304 and beside an answer's own Cache-Control (which
                        // replaces it): nothing under /api may be cached, personal data least of all
                        .cacheControl(Customizer.withDefaults())
                        .httpStrictTransportSecurity(Customizer.withDefaults()) // sent on HTTPS requests only
                        .frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }))
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
                        .anyRequest().hasAnyRole(authorities(Role.READ_PEOPLE)));
        return http.build();
    }

    /** Everything else: the web UI's files, the API description and the actuator, with the UI's headers. */
    @Bean
    @Order(2)
    SecurityFilterChain webFilterChain(HttpSecurity http, Sessions sessions, SecurityProblems problems) throws Exception {
        stateless(http, sessions, problems)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), microphone=(), geolocation=()")))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll()); // the web UI's files and the API description
        return http.build();
    }

    /**
     * What both chains share: bearer tokens only, no server sessions, cookies, CSRF, forms or basic auth. With
     * no HTTP session there is nothing for session management to guard (fixation, URL rewriting of a session
     * id), so its two filters are left out; the signed-in user lives in the request only.
     */
    private static HttpSecurity stateless(HttpSecurity http, Sessions sessions, SecurityProblems problems) throws Exception {
        return http.csrf(c -> c.disable())
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(sessions), AnonymousAuthenticationFilter.class);
    }
}
