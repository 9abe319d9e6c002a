package com.partnerlifecycle.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the application's start-up work is done, so that people and callers may be
 * served: the web server answers before the start-up runners (process deployment, access
 * rules, the demo data) have finished, and until then the web apps and the APIs answer
 * "starting" ({@code StartingFilter}). Complete once the application is ready (every
 * runner has run) and every piece of work begun here is done; work that goes on after the
 * runners (in another thread) begins a piece and ends it when it is done:
 *
 * <pre>
 * StartupWork.Piece demo = startupWork.begin("demo data is being prepared", "the demo partners are being prepared");
 * try { ... } finally { demo.done(); }
 * </pre>
 *
 * A piece begun when the bean that does it is created is named to callers from the first
 * request on. What is still pending is what a readiness probe can report.
 */
@Component
public class StartupWork {

	private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

	private final List<Piece> pending = new CopyOnWriteArrayList<>();

	private volatile boolean ready;

	private volatile boolean complete;

	/**
	 * A piece of start-up work, pending until {@link Piece#done()}.
	 * @param forCallers what is being done, for an API caller ("demo data is being
	 * prepared")
	 * @param forPeople the same for a person in the browser ("the demo partners are being
	 * prepared")
	 */
	public synchronized Piece begin(String forCallers, String forPeople) {
		Piece piece = new Piece(forCallers, forPeople);
		pending.add(piece);
		complete = false;
		return piece;
	}

	/**
	 * Whether people and callers may be served: the application is ready and no piece of
	 * work is pending.
	 */
	public boolean isComplete() {
		return complete;
	}

	/**
	 * The work still pending, in the order it began; empty once complete (or before the
	 * runners, with none begun).
	 */
	public List<Piece> pending() {
		return List.copyOf(pending);
	}

	/** Every start-up runner has run. */
	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		ready = true;
		update();
	}

	private synchronized void update() {
		boolean nowComplete = ready && pending.isEmpty();
		if (nowComplete && !complete) {
			log.info("Start-up work is done: the web apps and the APIs serve users");
		}
		complete = nowComplete;
	}

	/**
	 * One piece of start-up work; {@link #done()} once it has finished (or failed: the
	 * start goes on without it).
	 */
	public final class Piece {

		private final String forCallers;

		private final String forPeople;

		private Piece(String forCallers, String forPeople) {
			this.forCallers = forCallers;
			this.forPeople = forPeople;
		}

		public String forCallers() {
			return forCallers;
		}

		public String forPeople() {
			return forPeople;
		}

		/** The work has finished; calling it again changes nothing. */
		public void done() {
			if (pending.remove(this)) {
				update();
			}
		}

	}

}
