package cn.gov.pujiang.decision.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pujiang.decision.engine.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What `mvn spring-boot:run` shows a new user: at start-up the demo profile publishes this year's
 * catalogues of the county, 白马镇 and 浦阳街道 through the real catalogue process, with authorization
 * checks on, and starts 白马镇's first item. (It once logged a warning instead: the demo users acted
 * without their groups and the publication job was run as a user.) Own in-memory database, so the
 * start-up runs on an empty one as on a new machine.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-catalogues;DB_CLOSE_DELAY=-1",
    "decision.demo-catalogue=true"})
@ActiveProfiles("test")
class DemoCatalogueInitializerTest {

  @Autowired CatalogueRepository catalogueRepository;
  @Autowired RuntimeService runtimeService;
  @Autowired EngineClock clock;

  @Test
  void demoCataloguesArePublishedAndBaimasFirstItemIsStarted() {
    int year = clock.now().getYear();
    for (String unit : new String[] {"county", "baima", "puyang"}) {
      assertThat(catalogueRepository.findByUnitCodeAndYear(unit, year))
          .as("demo catalogue of %s %d", unit, year)
          .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(CatalogueStatus.PUBLISHED));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("major-decision")
        .processInstanceBusinessKeyLike("baima-" + year + "-%").count()).isEqualTo(1);
  }
}
