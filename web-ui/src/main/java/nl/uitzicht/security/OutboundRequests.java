package nl.uitzicht.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.uitzicht.outbound.OutboundHttp;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Spring's HTTP clients on top of {@link OutboundHttp}: every call that logging in or checking a
 * bearer token makes to a region's identity provider (discovery, keys, token and user-info
 * endpoints) goes to a checked public address, without redirects, with short timeouts and a size
 * limit.
 */
@Component
class OutboundRequests implements ClientHttpRequestFactory {

    private final OutboundHttp http;

    OutboundRequests(OutboundHttp http) {
        this.http = http;
    }

    RestTemplate restTemplate() {
        return new RestTemplate(this);
    }

    RestClient restClient() {
        return RestClient.builder().requestFactory(this).build();
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
        return new AbstractBufferingClientHttpRequest() {
            @Override
            public HttpMethod getMethod() {
                return method;
            }

            @Override
            public URI getURI() {
                return uri;
            }

            @Override
            protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
                Map<String, List<String>> plain = new LinkedHashMap<>();
                headers.forEach((name, values) -> plain.put(name, List.copyOf(values)));
                return new Answer(http.exchange(method.name(), uri.toString(), plain, body));
            }
        };
    }

    private static final class Answer implements ClientHttpResponse {

        private final OutboundHttp.Response response;
        private final HttpHeaders headers = new HttpHeaders();

        Answer(OutboundHttp.Response response) {
            this.response = response;
            response.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        }

        @Override
        public HttpStatusCode getStatusCode() {
            return HttpStatusCode.valueOf(response.status());
        }

        @Override
        public String getStatusText() {
            return "";
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(response.body());
        }

        @Override
        public void close() {}
    }
}
