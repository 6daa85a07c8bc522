// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "登录", description = "令牌：POST /api/v1/auth/token 换取，之后每个请求带 Authorization: Bearer <token>")
class AuthController {

    record Credentials(String username, String password) {
    }

    record TokenResponse(String token, Instant expiresAt, SignedInUser user) {
    }

    private final AuthService auth;
    private final CallerContext caller;

    AuthController(AuthService auth, CallerContext caller) {
        this.auth = auth;
        this.caller = caller;
    }

    @PostMapping("/token")
    @Operation(summary = "登录，换取令牌", description = "用户名或密码错误返回 401；连续失败 5 次锁定 15 分钟。令牌默认 8 小时后过期")
    TokenResponse token(@RequestBody(required = false) Credentials body) {
        AuthService.Login login = auth.login(body == null ? null : body.username(), body == null ? null : body.password());
        return new TokenResponse(login.token(), login.expiresAt(), login.user());
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户", description = "用户名、角色、所属区划")
    SignedInUser me() {
        return caller.user();
    }

    @PostMapping("/logout")
    @Operation(summary = "退出登录", description = "令牌立即失效")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        String token = BearerTokenFilter.token(request);
        if (token != null) {
            auth.logout(token);
        }
        return ResponseEntity.noContent().build();
    }
}
