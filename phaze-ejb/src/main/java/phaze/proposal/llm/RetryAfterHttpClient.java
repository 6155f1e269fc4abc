package phaze.proposal.llm;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK client under langchain4j's {@code JdkHttpClient}, with one addition: a synchronous answer of
 * HTTP 429 carrying Retry-After becomes a {@link RetryAfterException}, so the engine can honour the
 * provider's wait. Everything else is passed through untouched.
 */
final class RetryAfterHttpClient extends HttpClient {

    private final HttpClient delegate;

    private RetryAfterHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** A builder for {@code JdkHttpClientBuilder.httpClientBuilder(...)}. */
    static HttpClient.Builder wrappingBuilder() {
        return new Builder(HttpClient.newBuilder());
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> response = delegate.send(request, handler);
        if (response.statusCode() == 429) {
            Optional<Duration> wait = RetryAfterException.parse(
                    response.headers().firstValue("Retry-After").orElse(null), Clock.systemUTC());
            if (wait.isPresent()) {
                throw new RetryAfterException(String.valueOf(response.body()), wait.get());
            }
        }
        return response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return delegate.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** Configures the real JDK builder and wraps what it builds. */
    private record Builder(HttpClient.Builder real) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler handler) {
            real.cookieHandler(handler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            real.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext context) {
            real.sslContext(context);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters parameters) {
            real.sslParameters(parameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            real.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            real.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            real.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            real.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector selector) {
            real.proxy(selector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            real.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new RetryAfterHttpClient(real.build());
        }
    }
}
