# Production image: gunicorn serving Django, whitenoise serving static files.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    PORT=8000

RUN useradd --create-home --uid 1000 app
WORKDIR /app

COPY pyproject.toml README.md requirements/constraints.txt ./
COPY requirements ./requirements
COPY cms ./cms
COPY gallery ./gallery
COPY api ./api
COPY locale ./locale
COPY manage.py ./
RUN pip install --no-cache-dir -c requirements/constraints.txt . \
    && python manage.py compilecatalogues \
    && SECRET_KEY=build-time-only-collectstatic-key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \
       ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 \
       python manage.py collectstatic --noinput

USER app
EXPOSE 8000
CMD ["sh", "-c", "gunicorn cms.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
