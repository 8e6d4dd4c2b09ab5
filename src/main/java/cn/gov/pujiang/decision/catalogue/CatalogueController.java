package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.AdjustmentView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.Board;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.CatalogueView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.DecisionView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.ItemView;
import cn.gov.pujiang.decision.catalogue.CatalogueViews.UnitView;
import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the annual catalogues, their items and adjustments, and of starting decisions (see
 * docs/api.md). Errors are RFC 9457 problem bodies with a Chinese message naming the field.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "决策事项目录", description = "年度重大行政决策事项目录、目录事项、目录调整、按目录发起决策")
public class CatalogueController {

  private final Catalogues catalogues;
  private final CatalogueAdjustments catalogueAdjustments;
  private final CatalogueItems catalogueItems;
  private final CatalogueQueries queries;
  private final DecisionStarter starter;
  private final CatalogueAccess access;

  public CatalogueController(
      Catalogues catalogues, CatalogueItems catalogueItems, CatalogueAdjustments catalogueAdjustments,
      CatalogueQueries queries, DecisionStarter starter, CatalogueAccess access) {
    this.catalogues = catalogues;
    this.catalogueAdjustments = catalogueAdjustments;
    this.catalogueItems = catalogueItems;
    this.queries = queries;
    this.starter = starter;
    this.access = access;
  }

  @Schema(description = "建立年度目录")
  public record OpenCatalogue(
      @Schema(description = "决策机关代码", example = "baima") String unitCode,
      @Schema(description = "目录年度", example = "2026") Integer year) {}

  @Schema(description = "提交审议")
  public record SubmitCatalogue(@Schema(description = "编制说明（事项征集、筛选和征求意见情况）") String compilationNote) {}

  @Operation(summary = "决策机关列表（县政府和15个乡镇街道）")
  @GetMapping("/units")
  public List<UnitView> units() {
    return queries.units();
  }

  @Operation(summary = "查询目录", description = "按决策机关和/或年度查询")
  @GetMapping("/catalogues")
  public List<CatalogueView> catalogues(
      @Parameter(description = "决策机关代码") @RequestParam(required = false) String unit,
      @Parameter(description = "年度") @RequestParam(required = false) Integer year) {
    return queries.catalogues(unit, year).stream().filter(c -> access.mayReadCataloguesOf(c.unitCode())).toList();
  }

  @Operation(summary = "建立年度目录", description = "建立后进入编制阶段，并启动目录编制和公布流程（decision-catalogue）")
  @PostMapping("/catalogues")
  @ResponseStatus(HttpStatus.CREATED)
  public CatalogueView open(@RequestBody OpenCatalogue request) {
    access.actForUnit("unitCode", request.unitCode());
    return queries.catalogue(catalogues.open(request.unitCode(), request.year()));
  }

  @Operation(summary = "查看目录")
  @GetMapping("/catalogues/{id}")
  public CatalogueView catalogue(@PathVariable long id) {
    access.readCatalogue(id);
    return queries.catalogue(id);
  }

  @Operation(summary = "提交审议", description = "完成“编制目录草案”任务，目录送会议审议；审议、党委同意在任务清单中办理，之后自动公布")
  @PostMapping("/catalogues/{id}/submit")
  public CatalogueView submit(@PathVariable long id, @RequestBody SubmitCatalogue request) {
    access.actOnCatalogue(id);
    return queries.catalogue(catalogues.submit(id, request.compilationNote()));
  }

  @Operation(summary = "目录看板", description = "每个事项及其决策的当前阶段、期限、案卷链接；目录外紧急启动的决策；调整申请")
  @GetMapping("/catalogues/{id}/board")
  public Board board(@PathVariable long id) {
    access.readCatalogue(id);
    return queries.board(id);
  }

  @Operation(summary = "目录事项列表")
  @GetMapping("/catalogues/{id}/items")
  public List<ItemView> items(@PathVariable long id) {
    access.readCatalogue(id);
    return queries.items(id);
  }

  @Operation(summary = "增加目录事项", description = "仅在编制阶段；已公布目录的新增须提出调整申请")
  @PostMapping("/catalogues/{id}/items")
  @ResponseStatus(HttpStatus.CREATED)
  public ItemView addItem(@PathVariable long id, @RequestBody ItemInput input) {
    access.actOnCatalogue(id);
    return ItemView.of(catalogueItems.addItem(id, input));
  }

  @Operation(summary = "查看目录事项", description = "响应头 ETag 为版本号，修改时放入 If-Match")
  @GetMapping("/catalogue-items/{itemId}")
  public ResponseEntity<ItemView> item(@PathVariable long itemId) {
    access.readItem(itemId);
    ItemView view = queries.item(itemId);
    return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
  }

  @Operation(
      summary = "修改目录事项",
      description = "仅在编制阶段。须提供读取时的版本号（If-Match 头或请求体 version）；他人已先修改的，返回 409，修改不保存")
  @PutMapping("/catalogue-items/{itemId}")
  public ResponseEntity<ItemView> updateItem(
      @PathVariable long itemId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ItemInput input) {
    access.actOnItem(itemId);
    Long version = ifMatch != null ? parseVersion(ifMatch) : input.version();
    catalogueItems.updateItem(itemId, version, input);
    ItemView view = queries.item(itemId);
    return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
  }

  @Operation(summary = "启动目录事项的决策程序", description = "只有已公布目录中、尚未启动、未撤销的事项可以启动")
  @PostMapping("/catalogue-items/{itemId}/start")
  @ResponseStatus(HttpStatus.CREATED)
  public DecisionView startItem(@PathVariable long itemId, @Valid @RequestBody StartRequest request) {
    access.actOnItem(itemId);
    return queries.decision(starter.startItem(itemId, request));
  }

  @Operation(summary = "目录调整申请列表")
  @GetMapping("/catalogues/{id}/adjustments")
  public List<AdjustmentView> adjustments(@PathVariable long id) {
    access.readCatalogue(id);
    return queries.adjustments(id);
  }

  @Operation(summary = "提出目录调整申请", description = "新增事项、撤销事项或延期办理；经审批（catalogue-adjustment 流程）后生效")
  @PostMapping("/catalogues/{id}/adjustments")
  @ResponseStatus(HttpStatus.CREATED)
  public AdjustmentView requestAdjustment(@PathVariable long id, @RequestBody AdjustmentInput input) {
    access.actOnCatalogue(id);
    return queries.adjustment(catalogueAdjustments.requestAdjustment(id, input));
  }

  @Operation(summary = "查询决策", description = "某决策机关的决策，可按年度筛选，含当前阶段和期限")
  @GetMapping("/decisions")
  public List<DecisionView> decisions(
      @Parameter(description = "决策机关代码", required = true) @RequestParam String unit,
      @Parameter(description = "年度") @RequestParam(required = false) Integer year) {
    return queries.decisions(unit, year, access::readable);
  }

  @Operation(summary = "查看决策")
  @GetMapping("/decisions/{decisionNo}")
  public DecisionView decision(@PathVariable String decisionNo) {
    access.readDecision(decisionNo);
    return queries.decision(decisionNo);
  }

  @Operation(
      summary = "发起决策",
      description = "按目录事项编号发起；目录外事项因紧急情况须立即启动的，不填编号，填写紧急情况说明（记入决策和过程记录，供审计查阅）")
  @PostMapping("/decisions")
  @ResponseStatus(HttpStatus.CREATED)
  public DecisionView startDecision(@Valid @RequestBody DecisionStartRequest request) {
    access.actForUnit("decisionUnit", request.decisionUnit());
    return queries.decision(starter.start(request));
  }

  private static Long parseVersion(String ifMatch) {
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "").trim();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw Refusal.invalid("If-Match", "If-Match 应为读取事项时得到的版本号（ETag），收到的是：" + Quote.of(ifMatch));
    }
  }
}
