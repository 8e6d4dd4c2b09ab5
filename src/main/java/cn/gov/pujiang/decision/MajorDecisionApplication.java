package cn.gov.pujiang.decision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pujiang County major administrative decision workflow (浦江县重大行政决策流程). */
@SpringBootApplication
public class MajorDecisionApplication {

  public static void main(String[] args) {
    SpringApplication.run(MajorDecisionApplication.class, args);
  }
}
