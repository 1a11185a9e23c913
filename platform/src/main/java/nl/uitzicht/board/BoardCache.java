package nl.uitzicht.board;

import nl.uitzicht.cache.CachedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The board report's shared cache holds whole {@link YearFigures}. */
@Configuration(proxyBeanMethods = false)
class BoardCache {

    @Bean
    CachedValue cachedBoardFigures() {
        return CachedValue.of(BoardFigures.CACHE, YearFigures.class);
    }
}
