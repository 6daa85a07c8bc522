// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.region.ScopedRegions;
import org.jingzhun.kernel.RegionCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 医疗保障四道保障线 API: trial calculations, one-stop settlement records, the parameters in force. */
@RestController
@Tag(name = "医疗保障", description = "基本医保、大病保险、医疗救助、补充保险四道保障线的试算与一站式结算；每道线说明起付线、比例与封顶线")
class MedicalController {

    private static final int MAX_PAGE = 500;

    private final MedicalSettlementService service;
    private final ScopedRegions scope;
    private final Messages messages;
    private final Clock clock;

    MedicalController(MedicalSettlementService service, ScopedRegions scope, Messages messages, Clock clock) {
        this.service = service;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/api/v1/medical/settlements/calculate")
    @Operation(summary = "四道保障线试算", description = "给出总费用、政策范围内费用、医院级别、是否省内与患者身份，按出院年度的参数依次计算"
            + "基本医保、大病保险、医疗救助、补充保险的支付与个人自付，每道线给出起付线、比例、封顶线与中文说明。"
            + "给出 idNumber 时按登记信息确定身份并计入本年已结算费用。不保存任何数据")
    MedicalViews.CalculationView calculate(@RequestBody MedicalViews.CalculationRequest request) {
        return service.calculate(request);
    }

    @PostMapping("/api/v1/medical/settlements")
    @Operation(summary = "报送一站式结算", description = "医院出院结算时报送：按患者登记的身份（脱贫户、监测户、低保、特困）与本年已结算费用计算四道保障线，"
            + "保存结算记录（含参数版本与每道线的计算过程），并写入医保部门数据 YB01（本次住院三项保障后自付）与 YB02（本年累计自付），"
            + "供筛查预警使用。相同结算单号重复报送相同内容不重复记录；内容不同则返回 409")
    MedicalViews.SettlementView settle(@RequestBody MedicalViews.SettlementRequest request) {
        return service.settle(request);
    }

    @GetMapping("/api/v1/medical/settlements")
    @Operation(summary = "结算记录列表", description = "区划内的一站式结算记录，新的在前；证件号码脱敏。before 取上一页的 next")
    MedicalViews.SettlementPage list(@RequestParam String region, @RequestParam(required = false) Long before,
                                     @RequestParam(defaultValue = "50") int size) {
        RegionCode code = scope.get(region);
        if (size < 1 || size > MAX_PAGE) {
            throw new BadRequestException("problem.medical.page-size", MAX_PAGE);
        }
        return service.list(code.descendantPrefix() + "%", before, size);
    }

    @GetMapping("/api/v1/medical/settlements/{settlementNo}")
    @Operation(summary = "一条结算记录")
    MedicalViews.SettlementView get(@PathVariable String settlementNo) {
        return service.get(settlementNo);
    }

    @GetMapping("/api/v1/medical/parameters")
    @Operation(summary = "医疗保障参数", description = "某年度生效的四道保障线参数（起付线、比例、封顶线、倾斜与覆盖的身份）及参数版本；"
            + "修改请用 PUT /api/v1/parameters")
    MedicalViews.TermsView parameters(@Parameter(description = "年度，默认今年") @RequestParam(required = false) Integer year) {
        int y = year != null ? year : LocalDate.now(clock).getYear();
        return service.terms(y, name -> messages.get("parameter." + name));
    }
}
