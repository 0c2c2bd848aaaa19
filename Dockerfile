# Production image: gunicorn serving Django, whitenoise serving static files.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    PORT=8000

RUN useradd --create-home --uid 1000 app
WORKDIR /app

COPY pyproject.toml README.md ./
COPY requirements ./requirements
COPY cms ./cms
COPY gallery ./gallery
COPY api ./api
COPY locale ./locale
COPY manage.py ./
# Build steps run with the production settings (collectstatic must write whitenoise's manifest),
# given a throwaway key and an unused database for the build only.
RUN pip install --no-cache-dir -c requirements/constraints.txt . \
    && export SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
       ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    && python manage.py compilecatalogues \
    && python manage.py collectstatic --noinput

USER app
EXPOSE 8000
CMD ["sh", "-c", "gunicorn cms.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
