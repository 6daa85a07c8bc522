// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "用户", description = "系统管理员管理用户：角色 ADMIN、PROVINCE、CITY、COUNTY、TOWNSHIP、VILLAGE、GRID_WORKER、DEPARTMENT、AUDITOR；区划层级须与角色一致")
class UserController {

    record UserPage(List<UserService.UserView> items, String next) {
    }

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "新建用户", description = "密码至少 10 位，含大写、小写、数字、符号中的三类，且不含用户名")
    ResponseEntity<UserService.UserView> create(@RequestBody UserService.UserDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(draft));
    }

    @GetMapping
    @Operation(summary = "用户列表", description = "按用户名排序；下一页用 next 作为 after")
    UserPage list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw new BadRequestException("problem.page.size", 500);
        }
        List<UserService.UserView> page = users.list(after, size + 1);
        boolean more = page.size() > size;
        List<UserService.UserView> items = more ? page.subList(0, size) : page;
        return new UserPage(items, more ? items.getLast().username() : null);
    }

    @GetMapping("/{username}")
    @Operation(summary = "一个用户")
    UserService.UserView get(@PathVariable String username) {
        return users.get(username);
    }

    @PatchMapping("/{username}")
    @Operation(summary = "修改用户", description = "只改给出的字段（role、regionCode、displayName、enabled、password）；停用或改密码后其令牌立即失效；If-Match 可给出版本号")
    UserService.UserView update(@PathVariable String username, @RequestBody UserService.UserDraft draft,
                                @Parameter(description = "读取时的 version") @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Integer version = ifMatch == null || ifMatch.isBlank() ? null
                : IfMatch.version(ifMatch, "problem.precondition.format", ifMatch);
        return users.update(username, draft, version);
    }
}
